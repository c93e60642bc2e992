import { z } from 'zod/mini'

import {
  DATABASE_NAME_MAX,
  DATABASE_NAME_MIN,
  DATABASE_NAME_PATTERN,
  DATABASE_REMOTE_PATTERN,
} from '@/api/databases'
import { messages } from '@/i18n/language'

/** StoreDatabaseRequest's rules, checked before sending (the panel checks them again). */
export const createDatabaseSchema = z.object({
  database: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: () => messages().databases.create.nameRequired }),
      z.minLength(DATABASE_NAME_MIN, { error: () => messages().databases.create.nameTooShort }),
      z.maxLength(DATABASE_NAME_MAX, { error: () => messages().databases.create.nameTooLong }),
      z.regex(DATABASE_NAME_PATTERN, { error: () => messages().databases.create.nameInvalid }),
    ),
  remote: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: () => messages().databases.create.remoteRequired }),
      z.regex(DATABASE_REMOTE_PATTERN, { error: () => messages().databases.create.remoteInvalid }),
    ),
})
export type CreateDatabaseValues = z.output<typeof createDatabaseSchema>
