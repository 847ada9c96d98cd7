export interface FrontPurgeSettings {
  url: string;
  secret: string;
}
export declare function purgeFront(
  tags: readonly string[],
  options?: Partial<FrontPurgeSettings> & {
    fetchImpl?: typeof fetch;
    log?: Pick<Console, 'error'> & Partial<Pick<Console, 'info'>>;
  },
): Promise<number | undefined>;
export declare function frontPurgeSettings(
  source?: Record<string, string | undefined>,
): FrontPurgeSettings | undefined;
