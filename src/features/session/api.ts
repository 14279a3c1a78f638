import { apiRequest } from '../../lib/api';
import { API, type SignInRequest, type SignInResponse } from '../../domain/protocol';

export function signIn(credentials: SignInRequest): Promise<SignInResponse> {
  return apiRequest<SignInResponse>({ method: 'POST', path: API.session, body: credentials });
}

export function signOut(token: string): Promise<unknown> {
  return apiRequest({ method: 'DELETE', path: API.session, token });
}
