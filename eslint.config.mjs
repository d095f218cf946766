// ESLint flat config: typescript-eslint's recommended rules, Prettier for layout.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/** Files matching `files` may not import from the named folders of src/. */
function layer(files, forbidden) {
  return [
    {
      files: [files],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: forbidden.map((dir) => ({
              group: [`**/${dir}/*`, `**/${dir}`],
              message: `${files.split('/')[1]}/ may not import from ${dir}/: keep the layers (see README, Layout of the source).`,
            })),
          },
        ],
      },
    },
  ];
}

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
  // The layers, enforced: each may import only the layers below it (core <- workbook <- workflow <- shells),
  // so the pure engine stays the same code in Apps Script and in Node.
  ...layer('src/core/**/*.ts', ['workbook', 'workflow', 'gas', 'cli', 'sidebar']),
  ...layer('src/i18n/**/*.ts', ['workbook', 'workflow', 'gas', 'cli', 'sidebar']),
  ...layer('src/workbook/**/*.ts', ['workflow', 'gas', 'cli', 'sidebar']),
  ...layer('src/workflow/**/*.ts', ['gas', 'cli', 'sidebar']),
  ...layer('src/gas/**/*.ts', ['cli', 'sidebar']),
  ...layer('src/cli/**/*.ts', ['gas', 'sidebar']),
  ...layer('src/sidebar/**/*.ts', ['workbook', 'gas', 'cli']),
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
