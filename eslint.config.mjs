// ESLint flat config: typescript-eslint's recommended rules, Prettier for layout.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'build/', 'out/', 'test-output/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The pure core and the layouts are shared by both shells: no `any`, no globals of either platform.
    files: ['src/core/**/*.ts', 'src/workbook/**/*.ts', 'src/workflow/**/*.ts', 'src/i18n/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-globals': [
        'error',
        'SpreadsheetApp',
        'Session',
        'LockService',
        'HtmlService',
        'ScriptApp',
        'DriveApp',
        'Utilities',
        'PropertiesService',
        'process',
        'require',
        'Buffer',
        'window',
        'document',
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
