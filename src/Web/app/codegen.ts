import type { CodegenConfig } from '@graphql-codegen/cli';

// Types come from the SDL that the server serves, so a change of the contract breaks this build, not a user's page.
const config: CodegenConfig = {
  schema: '../../../schema/graphql/*.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string', DateTime: 'string', Decimal: 'number', ReportingPeriod: 'string' },
      },
    },
  },
};

export default config;
