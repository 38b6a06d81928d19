import nx from '@nx/eslint-plugin';
import baseConfig from '../eslint.config.mjs';

export default [
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': [
        'error',
        {
          type: 'attribute',
          prefix: 'app',
          style: 'camelCase',
        },
      ],
      '@angular-eslint/component-selector': [
        'error',
        {
          type: 'element',
          prefix: 'app',
          style: 'kebab-case',
        },
      ],
      '@angular-eslint/prefer-on-push-component-change-detection': 'error',
      '@angular-eslint/prefer-output-readonly': 'error',
      '@angular-eslint/prefer-signals': 'error',
    },
  },
  {
    // Component templates only: index.html is not translated by Angular i18n, and
    // inline test templates are not user-facing.
    files: ['src/app/**/*.html'],
    ignores: ['**/*.spec.ts/**', '**/*.spec.ts*.html'],
    rules: {
      // Every user-facing text and attribute is translated, with a stable @@id.
      '@angular-eslint/template/i18n': [
        'error',
        {
          checkId: true,
          checkText: true,
          checkAttributes: true,
          checkDuplicateId: true,
          // Material Symbols ligatures are icon names, not text.
          ignoreTags: ['mat-icon'],
          ignoreAttributes: [
            'aria-controls',
            'aria-labelledby',
            'd',
            'focusable',
            'fragment',
            'matButton',
            'mode',
            'routerLink',
            'rx',
            'viewBox',
          ],
        },
      ],
      // The CSP has no 'unsafe-inline' for styles.
      '@angular-eslint/template/no-inline-styles': 'error',
      '@angular-eslint/template/button-has-type': 'error',
    },
  },
];
