export declare function parseBackend(value: string): { host: string; port: string };
export declare function backendsVcl(webs: string[], purgers?: string[]): string;
