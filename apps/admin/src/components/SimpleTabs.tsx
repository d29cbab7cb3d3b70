import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface SimpleTab {
  key: string;
  label: string;
  content: ReactNode;
}

/**
 * WAI-ARIA tabs (arrow keys, Home/End move between tabs; Tab goes into the panel). Used on the member home
 * instead of antd Tabs, whose overflow menu and dropdown would double the weight of the first screen.
 */
export function SimpleTabs({ tabs, label }: { tabs: readonly SimpleTab[]; label: string }) {
  const [active, setActive] = useState(tabs[0]?.key ?? '');
  const id = useId();
  const refs = useRef(new Map<string, HTMLButtonElement>());

  const focusTab = (index: number) => {
    const tab = tabs[(index + tabs.length) % tabs.length];
    if (!tab) return;
    setActive(tab.key);
    refs.current.get(tab.key)?.focus();
  };
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: tabs.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    focusTab(target);
  };

  return (
    <div className="simple-tabs">
      <div role="tablist" aria-label={label}>
        {tabs.map((tab, index) => (
          <button
            key={tab.key}
            ref={(el) => {
              if (el) refs.current.set(tab.key, el);
              else refs.current.delete(tab.key);
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${tab.key}`}
            aria-selected={tab.key === active}
            aria-controls={`${id}-panel-${tab.key}`}
            tabIndex={tab.key === active ? 0 : -1}
            onClick={() => {
              setActive(tab.key);
            }}
            onKeyDown={(event) => {
              onKeyDown(event, index);
            }}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.key}
          role="tabpanel"
          id={`${id}-panel-${tab.key}`}
          aria-labelledby={`${id}-tab-${tab.key}`}
          hidden={tab.key !== active}
          tabIndex={0}
        >
          {tab.key === active && tab.content}
        </div>
      ))}
    </div>
  );
}
