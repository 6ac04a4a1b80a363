// Replaces the password of the connected user (run against the `system` database).
// $old: the current password; $new: the new one. Used by `kg neo4j new-password`.
ALTER CURRENT USER SET PASSWORD FROM $old TO $new
