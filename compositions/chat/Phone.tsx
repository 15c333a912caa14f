/** The phone: a bezel, and on its screen the header, the conversation, the receipt line and the message field. */
import React from 'react';
import {boxStyle} from '../primitives';
import {useChat} from './context';
import {InputBar, StatusLine} from './InputBar';
import {PhoneHeader} from './PhoneHeader';
import {ThreadView} from './ThreadView';

export const Phone: React.FC = () => {
  const {theme, geometry} = useChat();
  const {phone, font} = geometry;
  return (
    <>
      <div
        style={{
          ...boxStyle(phone),
          background: theme.bezel,
          borderRadius: font * 1.6,
          boxShadow: '0 30px 90px rgba(0,0,0,0.6)',
        }}
      />
      {/* The screen's rounded corners: the bars are square, so the screen behind them is what rounds. */}
      <div
        style={{
          ...boxStyle({...geometry.header, height: geometry.input.top + geometry.input.height - geometry.header.top}),
          borderRadius: font * 1.3,
          overflow: 'hidden',
        }}
      >
        <div style={{position: 'absolute', left: -geometry.header.left, top: -geometry.header.top}}>
          <PhoneHeader />
          <ThreadView />
          <StatusLine />
          <InputBar />
        </div>
      </div>
    </>
  );
};
