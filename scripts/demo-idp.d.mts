export interface DemoUser {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly color: string;
}
export interface DemoClient {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly redirectUris: readonly string[];
}
export interface DemoIdp {
  /** http://127.0.0.1:PORT */
  readonly issuer: string;
  readonly port: number;
  readonly users: readonly DemoUser[];
  stop(): Promise<void>;
}
export declare const DEMO_USERS: readonly DemoUser[];
export declare function startDemoIdp(options?: {
  port?: number;
  host?: string;
  clients?: readonly DemoClient[];
  users?: readonly DemoUser[];
}): Promise<DemoIdp>;
