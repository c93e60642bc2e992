import { allInput, input } from '../context'
import { accessDenied, badRequest, serverError } from '../panel-errors'
import { client, json, logActivity, noContent, type Panel, type RouteFn } from '../panel'
import { can } from '../servers/permissions'
import type { EggVariable, Server } from '../store'
import { validate } from '../validation'
import { eggRuleSpecs } from './egg-rules'

// StartupController (index, update) and SettingsController@dockerImage (contract §2.8).

/** StartupCommandService::handle(): the server's startup with every `{{VAR}}` filled in. */
export function renderStartup(server: Server, hideAllValues = false): string {
  const primary = server.allocations.find((a) => a.id === server.primaryAllocationId)
  let command = server.startup
    .replaceAll('{{SERVER_MEMORY}}', String(server.limits.memory))
    .replaceAll('{{SERVER_IP}}', primary?.ip ?? '')
    .replaceAll('{{SERVER_PORT}}', String(primary?.port ?? ''))
  for (const variable of server.variables) {
    command = command.replaceAll(
      `{{${variable.envVariable}}}`,
      variable.userViewable !== false && !hideAllValues ? variable.serverValue : '[hidden]',
    )
  }
  return command
}

/** EggVariableTransformer. */
export const variableItem = (v: EggVariable, serverValue: string | null = v.serverValue) => ({
  object: 'egg_variable',
  attributes: {
    name: v.name,
    description: v.description,
    env_variable: v.envVariable,
    default_value: v.defaultValue,
    server_value: serverValue,
    is_editable: v.isEditable,
    rules: v.rules,
  },
})

/** Laravel's `present`: the key is in the input, whatever its value. */
const PRESENT = {
  name: 'present',
  implicit: true,
  passes: (_value: unknown, data: Record<string, unknown>) => 'value' in data,
  message: () => 'The value field must be present.',
}

// SetDockerImageRequest's format rule, before the egg's list.
const IMAGE_FORMAT = /^[\w#./\- ]*\|?~?[\w./\-:@ ]*$/

export function registerStartupRoutes(panel: Panel, route: RouteFn): void {
  const bound = (server: Server | null): Server => {
    if (!server) throw new Error('startup route registered without {server} binding')
    return server
  }

  route(
    'GET',
    '/api/client/servers/:server/startup',
    client(
      panel,
      (_rc, ctx) => {
        const server = bound(ctx.server)
        if (!can(ctx.user, server, 'startup.read')) throw accessDenied()
        return json({
          object: 'list',
          data: server.variables
            .filter((v) => v.userViewable !== false)
            .map((v) => variableItem(v)),
          meta: {
            startup_command: renderStartup(server),
            docker_images: server.eggDockerImages,
            raw_startup_command: server.startup,
          },
        })
      },
      { server: true, name: 'api:client:server.startup.index' },
    ),
  )

  route(
    'PUT',
    '/api/client/servers/:server/startup/variable',
    client(
      panel,
      (rc, ctx) => {
        const server = bound(ctx.server)
        if (!can(ctx.user, server, 'startup.update')) throw accessDenied()
        const body = allInput(rc)
        validate(body, { key: ['required', 'string'], value: [PRESENT] }).throwIfFailed()
        const key = input(rc, 'key')
        const variable = server.variables.find((v) => v.envVariable === key)
        // The controller reads `$variable->server_value` before its null check: an unknown key
        // is a PHP warning, so a 500, not the 400 the next line was meant to give.
        if (!variable) throw serverError('ErrorException')
        if (variable.userViewable === false) {
          throw badRequest('The environment variable you are trying to edit does not exist.')
        }
        if (!variable.isEditable) {
          throw badRequest('The environment variable you are trying to edit is read-only.')
        }
        let rules
        try {
          rules = eggRuleSpecs(variable.rules)
        } catch {
          throw serverError('BadMethodCallException')
        }
        validate({ value: body.value }, { value: rules }).throwIfFailed()
        // TrimStrings + ConvertEmptyStringsToNull already ran: "" arrives as null.
        const value = body.value as string | null
        const original = variable.serverValue
        variable.serverValue = value === null ? '' : String(value)
        // The panel compares the variable's *name* with the new value, so this always logs.
        logActivity(panel, rc, {
          event: 'server:startup.edit',
          subjects: [{ type: 'server', id: server.id }],
          properties: { variable: variable.envVariable, old: original, new: value },
        })
        return json({
          ...variableItem(variable, value === null ? null : String(value)),
          meta: { startup_command: renderStartup(server), raw_startup_command: server.startup },
        })
      },
      { server: true, name: 'api:client:server.startup.variable' },
    ),
  )

  route(
    'PUT',
    '/api/client/servers/:server/settings/docker-image',
    client(
      panel,
      (rc, ctx) => {
        const server = bound(ctx.server)
        if (!can(ctx.user, server, 'startup.docker-image')) throw accessDenied()
        const images = Object.values(server.eggDockerImages)
        validate(allInput(rc), {
          docker_image: [
            'required',
            'string',
            'max:191',
            {
              name: 'regex',
              passes: (v) => typeof v === 'string' && IMAGE_FORMAT.test(v),
              message: () => 'The docker image format is invalid.',
            },
            `in:${images.join(',')}`,
          ],
        }).throwIfFailed()
        if (!images.includes(server.dockerImage)) {
          throw badRequest(
            "This server's Docker image has been manually set by an administrator and cannot be updated.",
          )
        }
        const image = input(rc, 'docker_image') as string
        const original = server.dockerImage
        server.dockerImage = image
        if (original !== image) {
          logActivity(panel, rc, {
            event: 'server:startup.image',
            subjects: [{ type: 'server', id: server.id }],
            properties: { old: original, new: image },
          })
        }
        return noContent()
      },
      { server: true, name: 'api:client:server.settings.docker-image' },
    ),
  )
}
