import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { GraphiQL } from 'graphiql';
import type { ExecutionResult } from 'graphql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { exampleTabs } from './examples.js';

interface FetchParams {
  query: string;
  operationName?: string | null;
  variables?: unknown;
}

/**
 * Same-origin POST with credentials, so the session cookie a `login` mutation sets is sent on every later
 * request. JSON content type satisfies the server's CSRF prevention.
 */
async function fetcher(
  params: FetchParams,
  options?: { headers?: Record<string, string> },
): Promise<ExecutionResult> {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...options?.headers },
    body: JSON.stringify(params),
  });
  return (await response.json()) as ExecutionResult;
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <GraphiQL fetcher={fetcher} defaultTabs={exampleTabs} defaultEditorToolsVisibility="variables" />
    </StrictMode>,
  );
}
