import type { APIRoute } from 'astro';
import { handleProxyRequest } from '../../../../server/proxy/handle';

export const prerender = false;

export const ALL: APIRoute = ({ request }) => handleProxyRequest(request, process.env);
