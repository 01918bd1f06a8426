/**
 * The one place where errors become HTTP answers: input errors -> 400, not-found -> 404,
 * other ParleyErrors -> 422, anything else is logged and -> 500 `internal`. Always
 * `{error: {code, message}}`.
 */
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { isInputError, ParleyError } from '../errors.ts'

export function errorResponse(error: unknown, c: Context): Response {
  if (error instanceof ParleyError) {
    const status = error.code === 'not-found' ? 404 : isInputError(error) ? 400 : 422
    return c.json({ error: { code: error.code, message: error.message } }, status)
  }
  if (error instanceof HTTPException) {
    return c.json({ error: { code: 'bad-request', message: error.message } }, error.status)
  }
  console.error(error)
  return c.json({ error: { code: 'internal', message: 'internal error; see the server log' } }, 500)
}
