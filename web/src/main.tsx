/**
 * The studio page: the home list (/), the new-drama form (/new), the editor (/p/<id>) and a batch or series job
 * opened from the home list (/jobs/<id>).
 */
import {StrictMode, useEffect, useState} from 'react';
import {createRoot} from 'react-dom/client';
import {Editor} from './Editor';
import {Home} from './Home';
import {NewDrama} from './NewDrama';
import {QueueJobPage} from './QueueJobPage';
import './style.css';

/** Moves to another page of the studio without reloading. */
export function navigate(to: string): void {
  history.pushState(null, '', to);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

function App() {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const onPop = () => setPath(location.pathname);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const project = /^\/p\/([a-z0-9]+)\/?$/.exec(path);
  const queueJob = /^\/jobs\/([0-9a-f-]{36})\/?$/.exec(path);
  return (
    <>
      <header className="top">
        <a href="/" onClick={(e) => (e.preventDefault(), navigate('/'))} className="brand">
          microdrama <span>studio</span>
        </a>
      </header>
      <main>
        {project ? (
          <Editor key={project[1]} id={project[1]} />
        ) : queueJob ? (
          <QueueJobPage key={queueJob[1]} id={queueJob[1]} />
        ) : path === '/new' ? (
          <NewDrama />
        ) : (
          <Home />
        )}
      </main>
    </>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
