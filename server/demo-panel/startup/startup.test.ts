import { describe, expect, it } from 'vitest'

import { DEMO_SERVER_IDENTIFIERS as IDS } from '../seed-servers'
import { errorBody, loggedIn, makePanel, validationError } from '../test-kit'
import { eggRuleSpecs, phpRegex } from './egg-rules'

type Variable = { attributes: Record<string, unknown> & { env_variable: string } }
type StartupList = {
  data: Variable[]
  meta: { startup_command: string; raw_startup_command: string; docker_images: object }
}

const SURVIVAL = `/api/client/servers/${IDS.running}`
async function demo() {
  const made = makePanel()
  return { ...made, browser: await loggedIn(made.panel) }
}

describe('GET /startup', () => {
  it('lists the viewable variables with the rendered command and the egg images', async () => {
    const { browser } = await demo()
    const result = await browser.get(`${SURVIVAL}/startup`)
    expect(result.status).toBe(200)
    const body = result.body as StartupList
    const keys = body.data.map((v) => v.attributes.env_variable)
    expect(keys).toContain('MAX_PLAYERS')
    // RCON_PASSWORD is not user_viewable: it never reaches a client.
    expect(keys).not.toContain('RCON_PASSWORD')
    expect(body.data[0]).toEqual({
      object: 'egg_variable',
      attributes: {
        name: 'Server Jar File',
        description: 'The name of the server jarfile to run the server with.',
        env_variable: 'SERVER_JARFILE',
        default_value: 'server.jar',
        server_value: 'server.jar',
        is_editable: true,
        rules: 'required|regex:/^([\\w\\d._-]+)(\\.jar)$/',
      },
    })
    expect(body.meta).toEqual({
      startup_command: 'java -Xms128M -XX:MaxRAMPercentage=95.0 -jar server.jar',
      raw_startup_command: 'java -Xms128M -XX:MaxRAMPercentage=95.0 -jar {{SERVER_JARFILE}}',
      docker_images: {
        'Java 21': 'ghcr.io/pterodactyl/yolks:java_21',
        'Java 17': 'ghcr.io/pterodactyl/yolks:java_17',
      },
    })
  })

  it('needs startup.read: a subuser without it gets 403', async () => {
    const { browser } = await demo()
    const result = await browser.get(`/api/client/servers/${IDS.subuser}/startup`)
    expect(result.status).toBe(403)
  })
})

describe('PUT /startup/variable', () => {
  const put = async (key: string, value: unknown) => {
    const { browser, panel } = await demo()
    return {
      result: await browser.put(`${SURVIVAL}/startup/variable`, { key, value }),
      browser,
      panel,
    }
  }

  it('saves a valid value and answers the item with the new command', async () => {
    const { result, browser } = await put('SERVER_JARFILE', 'paper.jar')
    expect(result.status).toBe(200)
    expect(result.body).toMatchObject({
      object: 'egg_variable',
      attributes: { env_variable: 'SERVER_JARFILE', server_value: 'paper.jar' },
      meta: {
        startup_command: 'java -Xms128M -XX:MaxRAMPercentage=95.0 -jar paper.jar',
        raw_startup_command: 'java -Xms128M -XX:MaxRAMPercentage=95.0 -jar {{SERVER_JARFILE}}',
      },
    })
    const feed = (await browser.get(`${SURVIVAL}/activity`)).body as {
      data: { attributes: { event: string; properties: object } }[]
    }
    expect(feed.data[0]?.attributes).toMatchObject({
      event: 'server:startup.edit',
      properties: { variable: 'SERVER_JARFILE', old: 'server.jar', new: 'paper.jar' },
    })
  })

  it.each([
    ['MAX_PLAYERS', '250', 'The value must be between 1 and 100.', 'between'],
    ['MAX_PLAYERS', '2.5', 'The value must be an integer.', 'integer'],
    ['VIEW_DISTANCE', '2', 'The value must be at least 3.', 'min'],
    ['VIEW_DISTANCE', 'far', 'The value must be a number.', 'numeric'],
    ['ONLINE_MODE', 'yes', 'The value field must be true or false.', 'boolean'],
    ['WHITELIST', 'maybe', 'The selected value is invalid.', 'in'],
    ['SERVER_MOTD', 'x'.repeat(60), 'The value may not be greater than 59 characters.', 'max'],
    ['SERVER_JARFILE', 'server.zip', 'The value format is invalid.', 'regex'],
    ['SERVER_JARFILE', '   ', 'The value field is required.', 'required'],
    ['LEVEL_SEED', 'a b', 'The value may only contain letters, numbers, and dashes.', 'alpha_dash'],
  ])('%s = %j → 422 "%s"', async (key, value, detail, rule) => {
    const { result } = await put(key, value)
    expect(result.status).toBe(422)
    expect(result.body).toEqual({ errors: [validationError('value', detail, rule)] })
  })

  it('accepts an empty value where the rules are nullable, and stores it as ""', async () => {
    const { result, browser } = await put('LEVEL_SEED', '')
    expect(result.status).toBe(200)
    expect(result.body).toMatchObject({ attributes: { server_value: null } })
    const list = (await browser.get(`${SURVIVAL}/startup`)).body as StartupList
    const seed = list.data.find((v) => v.attributes.env_variable === 'LEVEL_SEED')
    expect(seed?.attributes.server_value).toBe('')
  })

  it('refuses read-only (400) and hidden (400) variables, and 500s on an unknown key', async () => {
    expect((await put('BUILD_NUMBER', '140')).result.body).toEqual(
      errorBody(
        'BadRequestHttpException',
        400,
        'The environment variable you are trying to edit is read-only.',
      ),
    )
    expect((await put('RCON_PASSWORD', 'x')).result.body).toEqual(
      errorBody(
        'BadRequestHttpException',
        400,
        'The environment variable you are trying to edit does not exist.',
      ),
    )
    expect((await put('NOPE', 'x')).result.status).toBe(500)
  })

  it('needs key and a present value', async () => {
    const { browser } = await demo()
    const result = await browser.put(`${SURVIVAL}/startup/variable`, {})
    expect(result.status).toBe(422)
    expect(result.body).toEqual({
      errors: [
        validationError('key', 'The key field is required.', 'required'),
        validationError('value', 'The value field must be present.', 'present'),
      ],
    })
  })
})

describe('PUT /settings/docker-image', () => {
  it('switches between the egg images and logs it', async () => {
    const { browser } = await demo()
    const image = 'ghcr.io/pterodactyl/yolks:java_17'
    const result = await browser.put(`${SURVIVAL}/settings/docker-image`, { docker_image: image })
    expect(result.status).toBe(204)
    const server = (await browser.get(SURVIVAL)).body as { attributes: { docker_image: string } }
    expect(server.attributes.docker_image).toBe(image)
  })

  it('refuses an image the egg does not offer (422)', async () => {
    const { browser } = await demo()
    const result = await browser.put(`${SURVIVAL}/settings/docker-image`, {
      docker_image: 'evil/image:latest',
    })
    expect(result.body).toEqual({
      errors: [validationError('docker_image', 'The selected docker image is invalid.', 'in')],
    })
  })

  it('refuses to change an image an admin set by hand (400)', async () => {
    const { browser } = await demo()
    const result = await browser.put(`/api/client/servers/${IDS.unlimited}/settings/docker-image`, {
      docker_image: 'ghcr.io/parkervcp/steamcmd:debian',
    })
    expect(result.body).toEqual(
      errorBody(
        'BadRequestHttpException',
        400,
        "This server's Docker image has been manually set by an administrator and cannot be updated.",
      ),
    )
  })
})

describe('egg rule strings', () => {
  it('reads PHP regex literals, and refuses rules Laravel does not know', () => {
    expect(phpRegex('/^a+$/i')?.test('AAA')).toBe(true)
    expect(phpRegex('no delimiters')).toBeNull()
    expect(() => eggRuleSpecs('required|frobnicate')).toThrow(/validatefrobnicate/)
    expect(eggRuleSpecs('required|string|max:20')).toEqual(['required', 'string', 'max:20'])
  })
})
