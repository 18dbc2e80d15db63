import type { OperatorSummary, sessionContract, SessionState } from '../../../shared/contract/session';
import type { HandlerContext, HandlersFor } from '../dispatch';
import { organisationTimeZone } from '../../documents/time-zone';
import { listOperators } from '../../services/people';
import { signInAt, setUpAt } from '../../services/hub/desk-sign-in';

function state({ store, session }: HandlerContext): SessionState {
  const operator =
    session.operatorId === null ? null : (listOperators(store, true).find((o) => o.id === session.operatorId) ?? null);
  if (!operator) session.operatorId = null;
  return {
    needsSetup: store.people.operatorCount() === 0,
    operator,
    lang: session.lang,
    timeZone: organisationTimeZone(store),
    desk: session.desk ? { unlocked: session.desk.unlocked } : null,
  };
}

export const sessionHandlers: HandlersFor<typeof sessionContract> = {
  'session.state': (_input, context) => state(context),
  'session.operators': (_input, { store }) => listOperators(store, true),
  'session.signIn': (input, context) => {
    const signedIn = (operator: OperatorSummary) => {
      context.session.operatorId = operator.id;
      return state(context);
    };
    const operator = signInAt(context.store, context.session, input);
    return operator instanceof Promise ? operator.then(signedIn) : signedIn(operator);
  },
  'session.signOut': (_input, context) => {
    context.session.operatorId = null;
    return state(context);
  },
  'session.setLang': (input, context) => {
    context.session.lang = input.lang;
    return state(context);
  },
  'session.setup': (input, context) => {
    context.session.operatorId = setUpAt(context.store, context.session, input).id;
    return state(context);
  },
};
