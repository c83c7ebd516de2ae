import type { GraphModel } from "../model/graphModel";
import { stateLabel } from "../model/stateWording";
import { nodeRoles, tieStates } from "../model/vocabulary";
import { stateWords, roleWords } from "../model/legendWords";
import { RoleSwatch } from "./RoleSwatch";
import { StateSwatch } from "./StateSwatch";

/** Roles and states as the dataset uses them: nothing listed that the graph cannot show. */
export function Legend({ model, scenario }: { model: GraphModel; scenario: string }) {
  const roles = nodeRoles.filter((role) => model.nodes.some((node) => node.role === role));
  const hasOrganizations = model.nodes.some((node) => node.kind === "organization");
  const used = tieStates.filter((state) => model.ties.some((tie) => Object.values(tie.status).includes(state)));
  const inScenario = new Set(model.ties.map((tie) => tie.status[scenario]));
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h3 id="legend-title" className="panel__subhead">
        Key
      </h3>
      <ul className="legend__list legend__roles">
        {roles.map((role) => (
          <li key={role}>
            <RoleSwatch role={role} />
            <span>
              <strong>{roleWords(model.dataset, role).label}</strong> {roleWords(model.dataset, role).description}
            </span>
          </li>
        ))}
        {hasOrganizations && (
          <li>
            <RoleSwatch role="partner" kind="organization" />
            <span>
              <strong>Organization</strong> A rounded square marks an organization rather than a state.
            </span>
          </li>
        )}
      </ul>
      <ul className="legend__list legend__states">
        {used.map((state) => (
          <li key={state} className={inScenario.has(state) ? "" : "is-unused"}>
            <StateSwatch state={state} />
            <span>
              <strong>{inScenario.has(state) ? stateLabel(model, scenario, state) : stateWords(model.dataset, state).label}</strong>{" "}
              {stateWords(model.dataset, state).description}
              {!inScenario.has(state) && <span className="legend__note"> (not in this scenario)</span>}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
