// Connection check of openGraphDatabase (src/neo4j/connection.ts): proves the server answers,
// accepts the credentials and has the database, in one round trip.
RETURN 1 AS ok
