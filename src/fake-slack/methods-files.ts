/**
 * files.* — Slack's upload in three steps, as the app uses it for digest charts:
 * files.getUploadURLExternal hands out an upload URL and a file id, the bytes are POSTed to that
 * URL (server.ts → FakeSlack.acceptUpload), and files.completeUploadExternal shares the file into a
 * channel (or thread) as a message carrying it. files.info tells where a file was shared, which is
 * how a retry learns that an upload already landed. The file and its bytes are kept.
 */
import { writableChannel } from './methods-chat.js';
import { type MethodContext, type MethodHandler, SlackApiError, requireArgs, stringArg } from './method-support.js';
import type { Json, StoredFile, StoredMessage } from './types.js';

/** A file as files.info and message `files` describe it (bytes left out). */
function fileObject(ctx: MethodContext, file: StoredFile): Json {
  const { state } = ctx;
  const pub: Record<string, Json[]> = {};
  const priv: Record<string, Json[]> = {};
  for (const [channel, stamps] of Object.entries(file.shares)) {
    const target = state.channels.get(channel)?.is_private ? priv : pub;
    target[channel] = stamps.map((ts) => ({ ts, channel_name: state.channels.get(channel)?.name ?? channel }));
  }
  return {
    id: file.id,
    created: Math.floor(file.created / 1000),
    name: file.name,
    title: file.title,
    mimetype: file.mimetype,
    filetype: file.mimetype === 'image/png' ? 'png' : 'binary',
    user: state.config.botUserId,
    size: file.length,
    ...(file.alt_txt !== undefined && { alt_txt: file.alt_txt }),
    ...(file.width !== undefined && { original_w: file.width, original_h: file.height }),
    url_private: `${state.uploadBase}/files/${file.id}`,
    channels: Object.keys(pub),
    groups: Object.keys(priv),
    shares: { ...(Object.keys(pub).length && { public: pub }), ...(Object.keys(priv).length && { private: priv }) },
  };
}

const getUploadURLExternal: MethodHandler = (ctx, args) => {
  // Slack marks both required (the published description predates the method).
  requireArgs('files.getUploadURLExternal', args, 'filename', 'length');
  const length = Number(args.length);
  if (!Number.isInteger(length) || length <= 0) throw new SlackApiError('invalid_arguments', ['files.getUploadURLExternal: length must be the file size in bytes']);
  const alt = args.alt_txt === undefined ? undefined : stringArg(args, 'alt_txt');
  if (alt !== undefined && alt.length > 1000) throw new SlackApiError('alt_txt_too_large');
  const id = ctx.state.nextId('F');
  const name = stringArg(args, 'filename');
  ctx.state.files.set(id, {
    id,
    name,
    title: name,
    length,
    ...(alt !== undefined && { alt_txt: alt }),
    mimetype: name.toLowerCase().endsWith('.png') ? 'image/png' : 'application/octet-stream',
    created: ctx.state.now(),
    shares: {},
  });
  return { upload_url: `${ctx.state.uploadBase}/upload/${id}`, file_id: id };
};

const completeUploadExternal: MethodHandler = (ctx, args) => {
  const { state } = ctx;
  requireArgs('files.completeUploadExternal', args, 'files');
  const list = typeof args.files === 'string' ? (JSON.parse(args.files) as Json[]) : (args.files as Json[]);
  if (!Array.isArray(list) || list.length === 0) throw new SlackApiError('invalid_arguments', ['files.completeUploadExternal: files must be a JSON array of {id, title}']);
  const files = list.map((entry) => {
    const file = state.files.get(stringArg(entry, 'id'));
    if (!file) throw new SlackApiError('file_not_found');
    if (file.content === undefined) throw new SlackApiError('invalid_arguments', [`files.completeUploadExternal: ${file.id} completed before its bytes were uploaded`]);
    if (typeof entry.title === 'string' && entry.title) file.title = entry.title;
    return file;
  });
  const channelArg = stringArg(args, 'channel_id') || stringArg(args, 'channels');
  // Without a channel Slack keeps the file private to the uploader: nothing is posted.
  if (channelArg) {
    const channel = writableChannel(ctx, channelArg);
    const message: StoredMessage = {
      type: 'message',
      channel: channel.id,
      ts: '',
      user: state.config.botUserId,
      bot_id: state.config.botId,
      app_id: state.config.apiAppId,
      text: stringArg(args, 'initial_comment'),
      upload: true,
      replies: [],
    };
    const threadTs = stringArg(args, 'thread_ts');
    message.ts = state.nextTs();
    if (threadTs) {
      const found = state.findMessage(channel.id, threadTs);
      if (!found) throw new SlackApiError('thread_not_found');
      const root = found.parent ?? found.message;
      message.thread_ts = root.ts;
      root.replies.push(message);
    } else state.topLevel(channel.id).push(message);
    for (const file of files) file.shares[channel.id] = [...(file.shares[channel.id] ?? []), message.ts];
    // A message's files carry no shares (files.info gives those).
    message.files = files.map((f) => {
      const { shares: _shares, channels: _channels, groups: _groups, ...shown } = fileObject(ctx, f);
      return shown;
    });
  }
  return { files: files.map((f) => ({ id: f.id, title: f.title })) };
};

const info: MethodHandler = (ctx, args) => {
  requireArgs('files.info', args, 'file');
  const file = ctx.state.files.get(stringArg(args, 'file'));
  if (!file) throw new SlackApiError('file_not_found');
  return { file: fileObject(ctx, file) };
};

export const fileMethods: Record<string, MethodHandler> = {
  'files.getUploadURLExternal': getUploadURLExternal,
  'files.completeUploadExternal': completeUploadExternal,
  'files.info': info,
};
