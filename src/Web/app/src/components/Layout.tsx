import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { signOut } from '../auth/session';
import { userRole } from '../pageData';
import type { Viewer } from '../viewer';

/** DKFDS's page frame: skip link, the portal and solution header with the signed-in user, the main menu, and the footer. */
export function Layout({ viewer, children }: { viewer?: Viewer; children: ComponentChildren }) {
  const { path } = useLocation();
  const links = viewer ? menu(viewer) : [];
  return (
    <>
      <a class="skipnav" href="#main-content">Gå til sidens indhold</a>
      <header class="header">
        <div class="portal-info">
          <div class="portal-info-inner container">
            <a href="/" class="portal-name">Business Region North Denmark</a>
            {viewer && (
              <div class="portal-user">
                <p class="user">{viewer.name}, {viewer.organisation?.name ?? userRole[viewer.role]}</p>
                <button type="button" class="function-link log-off" onClick={() => void signOut()}>Log af</button>
              </div>
            )}
          </div>
        </div>
        <div class="solution-info">
          <div class="solution-info-inner container">
            <div class="solution-heading">
              <a href="/">Samarbejdsaftaler</a>
            </div>
            <div class="additional-info">
              <p><strong class="authority-name">Opfølgning på aftaler i Nordjylland</strong></p>
            </div>
          </div>
        </div>
        {links.length > 0 && (
          <div class="navigation-menu">
            <div class="navigation-menu-inner container">
              <nav class="nav" aria-label="Hovedmenu">
                <ul class="mainmenu">
                  {links.map(([href, text]) => (
                    <li key={href} class={path === href ? 'current' : undefined}>
                      <a href={href} class="nav-link" aria-current={path === href ? 'page' : undefined}><span>{text}</span></a>
                    </li>
                  ))}
                </ul>
              </nav>
            </div>
          </div>
        )}
      </header>
      <main class="container page-container" id="main-content" tabIndex={-1}>
        {children}
      </main>
      <footer>
        <div class="footer">
          <div class="container">
            <p>Business Region North Denmark · Samarbejdsaftaler mellem kommuner, klynger og erhvervshus</p>
          </div>
        </div>
      </footer>
    </>
  );
}

function menu(viewer: Viewer): [string, string][] {
  switch (viewer.role) {
    case 'MEDLEM':
      return [...(viewer.organisation ? [['/', 'Min organisation'] as [string, string]] : []), ['/organisationer', 'Organisationer']];
    case 'KOORDINATOR':
    case 'REVISOR':
      return [['/', 'Overblik'], ['/organisationer', 'Organisationer']];
    default:
      return [];
  }
}
