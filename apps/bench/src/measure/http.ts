import autocannon from 'autocannon';
import { LOGIN } from '../server/queries.js';

export class Client {
  constructor(
    readonly base: string,
    public token: string | null = null,
  ) {}

  headers(extra: Record<string, string> = {}): Record<string, string> {
    return {
      'content-type': 'application/json',
      ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
      ...extra,
    };
  }

  async graphql(query: string, variables: Record<string, unknown>, extra?: Record<string, string>): Promise<unknown> {
    const response = await fetch(`${this.base}/graphql`, {
      method: 'POST',
      headers: this.headers(extra),
      body: JSON.stringify({ query, variables }),
    });
    return response.json();
  }

  async get(path: string, extra?: Record<string, string>): Promise<unknown> {
    const response = await fetch(`${this.base}${path}`, { headers: this.headers(extra) });
    return response.json();
  }

  async post(path: string): Promise<unknown> {
    const response = await fetch(`${this.base}${path}`, { method: 'POST', headers: this.headers() });
    return response.json();
  }

  async login(username: string, password: string): Promise<void> {
    const answer = (await this.graphql(LOGIN, { input: { username, password } })) as {
      data?: { login: { token: string | null; errors: { message: string }[] } };
      errors?: unknown;
    };
    const token = answer.data?.login.token;
    if (!token) throw new Error(`login failed: ${JSON.stringify(answer)}`);
    this.token = token;
  }
}

export interface Load {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  requests: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** 200 answers whose body carried GraphQL `errors`. */
  graphqlErrors?: number;
}

export async function load(options: autocannon.Options, countGraphqlErrors = false): Promise<Load> {
  let graphqlErrors = 0;
  const requests = countGraphqlErrors
    ? (options.requests ?? [{}]).map((request) => ({
        ...request,
        onResponse: (status: number, body: string) => {
          if (status === 200 && body.includes('"errors":[{')) graphqlErrors++;
        },
      }))
    : options.requests;
  const result = await autocannon({ ...options, ...(requests ? { requests } : {}) });
  return {
    requestsPerSecond: Math.round(result.requests.average * 10) / 10,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    ...(countGraphqlErrors ? { graphqlErrors } : {}),
  };
}

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};
