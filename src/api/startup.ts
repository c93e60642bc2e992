import { queryOptions } from '@tanstack/react-query'
import { z } from 'zod/mini'

import { api } from './client'
import { fractalItem } from './fractal'

// Startup (contract §2.8): the egg's user-viewable variables with their Laravel rule strings, the
// rendered and raw startup command, the egg's Docker images; one variable saved at a time.

const base = (id: string) => `/api/client/servers/${encodeURIComponent(id)}`

const variableAttributes = z.pipe(
  z.object({
    name: z.string(),
    description: z.nullable(z.string()),
    env_variable: z.string(),
    default_value: z.nullable(z.string()),
    // null when the variable was saved empty (the panel echoes the request's value).
    server_value: z.nullable(z.string()),
    is_editable: z.boolean(),
    rules: z.nullable(z.string()),
  }),
  z.transform((v) => ({
    name: v.name,
    description: v.description ?? '',
    envVariable: v.env_variable,
    defaultValue: v.default_value ?? '',
    serverValue: v.server_value ?? '',
    isEditable: v.is_editable,
    rules: v.rules ?? '',
  })),
)
export type StartupVariable = z.output<typeof variableAttributes>

const variableSchema = fractalItem('egg_variable', variableAttributes)

export const startupSchema = z.pipe(
  z.object({
    object: z.literal('list'),
    data: z.array(variableSchema),
    meta: z.object({
      startup_command: z.string(),
      raw_startup_command: z.string(),
      // label → image; PHP renders an empty map as `[]`.
      docker_images: z.union([z.record(z.string(), z.string()), z.array(z.string())]),
    }),
  }),
  z.transform((list) => ({
    variables: list.data,
    command: list.meta.startup_command,
    rawCommand: list.meta.raw_startup_command,
    dockerImages: Array.isArray(list.meta.docker_images)
      ? list.meta.docker_images.map((image) => ({ label: image, image }))
      : Object.entries(list.meta.docker_images).map(([label, image]) => ({ label, image })),
  })),
)
export type Startup = z.output<typeof startupSchema>

const updatedVariableSchema = z.pipe(
  z.object({
    object: z.literal('egg_variable'),
    attributes: variableAttributes,
    meta: z.object({ startup_command: z.string(), raw_startup_command: z.string() }),
  }),
  z.transform((item) => ({ variable: item.attributes, command: item.meta.startup_command })),
)

export function getStartup(id: string, signal?: AbortSignal): Promise<Startup> {
  return api.get(`${base(id)}/startup`, startupSchema, { signal })
}

/** PUT /startup/variable: 422 carries the variable's own rule message on `value`. */
export function updateStartupVariable(id: string, key: string, value: string) {
  return api.put(`${base(id)}/startup/variable`, { key, value }, updatedVariableSchema)
}

/** PUT /settings/docker-image (`startup.docker-image`): 204. */
export function setDockerImage(id: string, image: string): Promise<void> {
  return api.put(`${base(id)}/settings/docker-image`, { docker_image: image })
}

export const startupQueries = {
  all: (id: string) => ['server', id, 'startup'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: startupQueries.all(id),
      queryFn: ({ signal }) => getStartup(id, signal),
      staleTime: 10_000,
    }),
}
