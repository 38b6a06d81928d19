import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      // Benchmarks measure the projects' own code side by side with a baseline, so they import it directly.
      '@nx/enforce-module-boundaries': 'off',
    },
  },
];
