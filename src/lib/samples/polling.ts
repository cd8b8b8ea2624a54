import { strings } from '../i18n';
/** What the HTTP samples say above their polling loop. */
export const POLLING_COMMENT = strings.sampleCode.polling;

/** What the SDK samples say above call(), which polls the job itself. */
export const SDK_POLLING_COMMENT = strings.sampleCode.sdkPolling;

/** How long ZStack's SDKs poll an asynchronous API by default (ZSConfig, zssdk.configure's polling_timeout): 3 hours, in seconds. */
export const SDK_POLLING_TIMEOUT_S = 3 * 60 * 60;

/**
 * Where an AccessKey goes instead of a session, said the same in both SDK samples
 * (ZSClient.calculateAccessKeySignature, zssdk's calculateAccessKey).
 */
export const SDK_ACCESS_KEY_COMMENT = strings.sampleCode.accessKey;
export const ACCESS_KEY_ID_PLACEHOLDER = '<AccessKeyId>';
export const ACCESS_KEY_SECRET_PLACEHOLDER = '<AccessKeySecret>';
