import { parseCliOptions } from './cli-options';

describe('parseCliOptions', () => {
  it('uses the defaults', () => {
    expect(parseCliOptions([], {})).toEqual({
      port: 8090,
      host: '127.0.0.1',
      patients: 200,
      seed: 1,
      log: false,
      help: false,
    });
  });

  it('reads flags in both forms and lets them win over the environment', () => {
    const options = parseCliOptions(['--port', '0', '--patients=12', '--seed', '7'], {
      DEMO_CLINIC_PORT: '9000',
      DEMO_CLINIC_PATIENTS: '50',
      DEMO_CLINIC_SEED: '3',
    });
    expect(options).toMatchObject({ port: 0, patients: 12, seed: 7 });
  });

  it('falls back to the environment', () => {
    expect(
      parseCliOptions([], { DEMO_CLINIC_PORT: '9000', DEMO_CLINIC_PATIENTS: '50', DEMO_CLINIC_SEED: '3' }),
    ).toMatchObject({
      port: 9000,
      patients: 50,
      seed: 3,
    });
  });

  it('names the option that is wrong', () => {
    expect(() => parseCliOptions(['--port', 'http'], {})).toThrow(/--port/);
    expect(() => parseCliOptions(['--patients', '0'], {})).toThrow(/--patients/);
    expect(() => parseCliOptions(['--colour'], {})).toThrow(/Unknown argument --colour/);
  });
});
