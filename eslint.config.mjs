// One flat, type-checked ESLint config for every workspace package.
import js from '@eslint/js'
import astro from 'eslint-plugin-astro'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/.next/**',
      '**/dist/**',
      '**/.astro/**',
      'site/.builds/**',
      'site/.cache/**',
      'site/content/**',
      '**/.turbo/**',
      'cms/src/payload-types.ts',
      'cms/src/app/(payload)/admin/importMap.js',
      'cms/src/migrations/**',
      'cms/next-env.d.ts',
      'site/dist/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Payload's hooks and access functions are typed as possibly async; returning plain values is fine.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Settings come from each package's configuration module (readConfig and the one list in
    // shared/src/config/variables.ts), never one variable at a time from process.env.
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "MemberExpression[object.type='MemberExpression'][object.object.name='process'][object.property.name='env']",
          message:
            'Read settings through the package configuration (readConfig in @velkomst/shared/config).',
        },
      ],
    },
  },
  {
    // Test harnesses set the environment of the CMS they start; Vitest's configs are loaded by
    // Node without compiling, before any package code (MONGODB_TEST_URL is in the list too).
    files: ['**/tests/**', 'testing/src/payload.ts', '**/bench/**', '**/vitest*.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  // .astro files: frontmatter and template parsed as TypeScript, type-aware like .ts files.
  ...astro.configs.recommended,
  {
    files: ['**/*.astro'],
    // astro-eslint-parser has no project service; it reads the nearest tsconfig.json instead.
    languageOptions: { parserOptions: { projectService: false, project: true } },
  },
  {
    // An .astro file's client-side <script> blocks are linted as virtual files (`X.astro/1_1.ts`)
    // that no tsconfig can include, so without type information (astro check type-checks them).
    // Typed, they fail to parse and the processor drops that error: the scripts go unlinted.
    files: ['**/*.astro/*.ts', '**/*.astro/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/tests/**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
    },
  },
  prettier,
)
