/** The API's OpenAPI 3.1 document, with the request bodies generated from the same zod schemas the API checks. */
import {z} from 'zod';
import {
  beatPatch,
  characterPatch,
  newProject,
  regenerateRequest,
  renderRequest,
  scenePatch,
  settingsPatch,
} from './settings';

const schema = (s: z.ZodType) => z.toJSONSchema(s, {io: 'input', unrepresentable: 'any'});
const json = (s: z.ZodType) => ({required: true, content: {'application/json': {schema: schema(s)}}});
const error = {
  description: 'Bad request: {error: {field, message}}',
  content: {'application/json': {schema: {$ref: '#/components/schemas/Error'}}},
};
const ok = (description: string) => ({description});
const idParam = (name: string, description: string) => ({
  name,
  in: 'path',
  required: true,
  schema: {type: 'string'},
  description,
});
const project = idParam('id', 'Project id');

export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'microdrama studio API',
      version: '1',
      description:
        'Everything the studio page does, for scripts and other tools. Off loopback, send the token as "Authorization: Bearer TOKEN".',
    },
    components: {
      schemas: {
        Error: {
          type: 'object',
          properties: {
            error: {
              type: 'object',
              properties: {field: {type: ['string', 'null']}, message: {type: 'string'}},
              required: ['field', 'message'],
            },
          },
        },
      },
    },
    paths: {
      '/api/options': {
        get: {
          summary: 'Templates, genres, aspects and the providers this server has keys for',
          responses: {200: ok('The choices')},
        },
      },
      '/api/projects': {
        get: {summary: 'Every drama, the most recently changed first', responses: {200: ok('The list')}},
        post: {
          summary: 'Write a new drama from a premise (voiced and mixed for the preview)',
          description:
            'With "Accept: application/x-ndjson" the reply is a stream of JSON lines: {type: "progress", step, message, fraction?} (step: write, request, retry, validate, repair, voices, mix), then {type: "done", project} or {type: "error", status, error: {field, message}}.',
          requestBody: json(newProject),
          responses: {201: ok('The project'), 200: ok('The progress stream (application/x-ndjson)'), 400: error},
        },
      },
      '/api/projects/{id}': {
        parameters: [project],
        get: {
          summary: 'A project: settings, the current script version, recent renders',
          responses: {200: ok('The project'), 404: error},
        },
        delete: {summary: 'Delete a project', responses: {204: ok('Deleted'), 404: error}},
      },
      '/api/projects/{id}/settings': {
        parameters: [project],
        patch: {
          summary: 'Change template, aspect, music or voices',
          requestBody: json(settingsPatch),
          responses: {200: ok('The project'), 400: error},
        },
      },
      '/api/projects/{id}/scenes/{scene}': {
        parameters: [project, idParam('scene', 'Scene index, from 0')],
        patch: {
          summary: 'Change a scene: location, time of day, procedural style or an uploaded picture',
          requestBody: json(scenePatch),
          responses: {200: ok('The project'), 400: error, 422: error},
        },
      },
      '/api/projects/{id}/scenes/{scene}/beats/{beat}': {
        parameters: [
          project,
          idParam('scene', 'Scene index, from 0'),
          idParam('beat', 'Beat index within the scene, from 0'),
        ],
        patch: {
          summary: 'Change a beat (re-voices only that line)',
          requestBody: json(beatPatch),
          responses: {200: ok('The project'), 400: error, 422: error},
        },
      },
      '/api/projects/{id}/scenes/{scene}/image': {
        parameters: [project, idParam('scene', 'Scene index, from 0')],
        post: {
          summary:
            "Generate a picture for the scene (the visualise stage's OpenAI images, on this scene) and use it as its look",
          responses: {200: ok('The project'), 400: error, 404: error, 502: error},
        },
      },
      '/api/projects/{id}/characters/{character}': {
        parameters: [project, idParam('character', 'Character id')],
        patch: {
          summary: 'Rename or recolour a character',
          requestBody: json(characterPatch),
          responses: {200: ok('The project'), 400: error},
        },
      },
      '/api/projects/{id}/characters/{character}/sample': {
        parameters: [project, idParam('character', 'Character id')],
        post: {summary: "A short sample of the character's voice", responses: {200: ok("{src}: the audio's URL")}},
      },
      '/api/projects/{id}/regenerate': {
        parameters: [project],
        post: {
          summary: 'Write the script, one scene or one beat again with another seed',
          requestBody: json(regenerateRequest),
          responses: {200: ok('The project'), 400: error, 409: error},
        },
      },
      '/api/projects/{id}/undo': {
        parameters: [project],
        post: {
          summary: 'Go back to the version before the current one',
          responses: {200: ok('The project'), 409: error},
        },
      },
      '/api/projects/{id}/renders': {
        parameters: [project],
        post: {
          summary: 'Start rendering the current version in the background',
          requestBody: json(renderRequest),
          responses: {202: ok('The job'), 400: error},
        },
      },
      '/api/jobs/{id}': {
        parameters: [idParam('id', 'Job id')],
        get: {
          summary: 'A job: state, stage, progress (0-1), ETA in seconds, error, and its files when done',
          responses: {200: ok('The job'), 404: error},
        },
      },
      '/api/jobs/{id}/cancel': {
        parameters: [idParam('id', 'Job id')],
        post: {summary: 'Cancel a queued or running job', responses: {200: ok('The job'), 409: error}},
      },
      '/api/queue/jobs': {
        get: {
          summary:
            "The queue's batch and series jobs (npm run batch), newest first: state (queued, running, retrying, done, failed, cancelled), premise, row, episodes, stage, progress (0-1), ETA, attempts, worker {host, pid}, output folder, error, and the addresses of a finished job's files",
          parameters: [
            {
              name: 'limit',
              in: 'query',
              schema: {type: 'integer', minimum: 1, maximum: 1000},
              description: 'How many of the newest jobs (default 100)',
            },
          ],
          responses: {200: ok('{jobs: [...]}'), 400: error},
        },
      },
      '/api/queue/jobs/{id}': {
        parameters: [idParam('id', 'Queue job id (a UUID)')],
        get: {summary: 'One batch or series job, as the list gives it', responses: {200: ok('The job'), 404: error}},
      },
      '/api/uploads': {
        post: {
          summary:
            'Upload a picture (PNG, JPEG, WebP) or a sound file (WAV, MP3, OGG, FLAC, M4A) as the raw body; the type is read from the bytes',
          parameters: [
            {name: 'name', in: 'query', schema: {type: 'string'}, description: "The file's name, for display only"},
            {name: 'kind', in: 'query', schema: {enum: ['image', 'audio']}, description: 'Refuse anything else'},
          ],
          requestBody: {
            required: true,
            content: {'application/octet-stream': {schema: {type: 'string', format: 'binary'}}},
          },
          responses: {201: ok('{hash, kind, mime, size, name, src}'), 413: error, 415: error},
        },
      },
    },
  };
}
