import type { APIRoute } from 'astro';
import { handleConfigRequest } from '../../server/proxy/handle';

export const prerender = false;

export const GET: APIRoute = ({ request }) => handleConfigRequest(request, process.env);
