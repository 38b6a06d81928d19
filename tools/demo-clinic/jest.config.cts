module.exports = {
  displayName: 'demo-clinic',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  coverageDirectory: '../../coverage/tools/demo-clinic',
  // Loading the FHIR definitions and seeding a clinic takes a few seconds per file.
  testTimeout: 30000,
};
