import type { ApiKey } from '@/api/api-keys'

/** How a key is named to people: its description, else its identifier. */
export function keyName(key: Pick<ApiKey, 'description' | 'identifier'>): string {
  return key.description || key.identifier
}
