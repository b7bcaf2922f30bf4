/** The app shell: navigation, theme toggle, account menu; responsive down to phone width. */
import { useEffect, useState } from "react";
import { NavLink, Outlet, useLocation, useNavigate } from "react-router-dom";
import { useAuth } from "../auth";
import { ThemeToggle } from "./ThemeToggle";

const NAV = [
  { to: "/", label: "Today", end: true },
  { to: "/questions", label: "Questions" },
  { to: "/coding", label: "Coding" },
  { to: "/sql", label: "SQL" },
  { to: "/design", label: "System design" },
  { to: "/interview", label: "Mock interview" },
  { to: "/progress", label: "Progress" },
  { to: "/settings", label: "Settings" },
];

export function Layout() {
  const { user, logout } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => setMenuOpen(false), [location.pathname]);

  return (
    <div className={`shell${menuOpen ? " menu-open" : ""}`}>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="topbar">
        <NavLink to="/" className="brand"><img src="/favicon.svg" alt="" /> Backprep</NavLink>
        <button className="btn ghost" aria-expanded={menuOpen} aria-controls="sidebar" onClick={() => setMenuOpen((o) => !o)}>
          {menuOpen ? "Close" : "Menu"}
        </button>
      </header>
      <aside className="sidebar" id="sidebar">
        <NavLink to="/" className="brand"><img src="/favicon.svg" alt="" /> Backprep</NavLink>
        <nav className="nav" aria-label="Main">
          {NAV.map((item) => (
            <NavLink key={item.to} to={item.to} end={item.end}>{item.label}</NavLink>
          ))}
          {(user?.role === "author" || user?.role === "admin") && <NavLink to="/authoring">Authoring</NavLink>}
        </nav>
        <div className="sidebar-footer">
          <ThemeToggle />
          {user ? (
            <>
              <span className="small muted" data-testid="signed-in-as">Signed in as <strong>{user.displayName}</strong></span>
              <button className="btn" onClick={async () => { await logout(); navigate("/login"); }}>Log out</button>
            </>
          ) : (
            <div className="row">
              <NavLink className="btn primary" to="/login">Log in</NavLink>
              <NavLink className="btn" to="/register">Register</NavLink>
            </div>
          )}
        </div>
      </aside>
      <main className="main" id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </div>
  );
}
