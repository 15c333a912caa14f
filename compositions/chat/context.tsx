/** What every part of the chat layout needs, computed once per render and shared through context. */
import React, {createContext, useContext, useMemo} from 'react';
import {useDrama, useLayout} from '../primitives';
import {chatGeometry, type ChatGeometry} from './geometry';
import {THEMES, type ChatTheme, type ThemeName} from './theme';
import {buildThread, type Thread} from '../../src/time/chat-thread';
import {useThreadLayout, type ThreadLayout} from './thread-layout';

export interface ChatContextValue {
  theme: ChatTheme;
  geometry: ChatGeometry;
  thread: Thread;
  layout: ThreadLayout;
}

const ChatContext = createContext<ChatContextValue | null>(null);

export const ChatProvider: React.FC<{theme: ThemeName; children: React.ReactNode}> = ({theme, children}) => {
  const {script, timeline} = useDrama();
  const frame = useLayout();
  const geometry = useMemo(() => chatGeometry(frame), [frame.width, frame.height]);
  const thread = useMemo(() => buildThread(script, timeline), [script, timeline]);
  const layout = useThreadLayout(thread, geometry);
  const value = useMemo(() => ({theme: THEMES[theme], geometry, thread, layout}), [theme, geometry, thread, layout]);
  return <ChatContext.Provider value={value}>{children}</ChatContext.Provider>;
};

export function useChat(): ChatContextValue {
  const chat = useContext(ChatContext);
  if (!chat) throw new Error('useChat() needs a <ChatProvider> above it');
  return chat;
}
