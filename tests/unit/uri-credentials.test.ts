// A user:password inside NEO4J_URI is used (the driver would ignore it), or refused in one line
// when NEO4J_USER/NEO4J_PASSWORD say otherwise; never silently dropped.
import { connectionConfigFromEnv, credentialsInUri } from '../../src/neo4j/connection';

describe('credentials in NEO4J_URI', () => {
  it('are taken out of the URI and used, percent-decoded', () => {
    const config = connectionConfigFromEnv({ NEO4J_URI: 'neo4j+s://analyst:p%40ss%3Aword@db.example.io:7687' });
    expect(config).toMatchObject({ uri: 'neo4j+s://db.example.io:7687', user: 'analyst', password: 'p@ss:word', local: false });
  });

  it('a user alone keeps NEO4J_PASSWORD', () => {
    expect(connectionConfigFromEnv({ NEO4J_URI: 'bolt://reader@h:7687', NEO4J_PASSWORD: 'secret-pass' })).toMatchObject({ uri: 'bolt://h:7687', user: 'reader', password: 'secret-pass' });
  });

  it('the same credentials in both places are fine; different ones are refused in one line', () => {
    expect(connectionConfigFromEnv({ NEO4J_URI: 'bolt://u:pw123456@h', NEO4J_USER: 'u', NEO4J_PASSWORD: 'pw123456' }).password).toBe('pw123456');
    expect(() => connectionConfigFromEnv({ NEO4J_URI: 'bolt://u:pw123456@h', NEO4J_PASSWORD: 'other-one' })).toThrow(/^NEO4J_URI holds a user:password and NEO4J_USER\/NEO4J_PASSWORD hold other ones: keep one of the two\.$/);
  });

  it('a URI without credentials is left as it is', () => {
    expect(credentialsInUri('bolt://127.0.0.1:7687')).toEqual({ uri: 'bolt://127.0.0.1:7687' });
    expect(connectionConfigFromEnv({ NEO4J_URI: 'bolt://h:1', NEO4J_USER: 'x', NEO4J_PASSWORD: 'y' })).toMatchObject({ uri: 'bolt://h:1', user: 'x', password: 'y' });
  });

  it('bad percent-encoding is one clear line', () => {
    expect(() => connectionConfigFromEnv({ NEO4J_URI: 'bolt://u:%zz@h' })).toThrow(/not valid percent-encoding/);
  });
});
