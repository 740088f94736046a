export {
  type ActionContext,
  isNextControlFlow,
  type MemberActionContext,
  memberAction,
  publicAction,
  rateLimited,
  type ServerAction,
} from "./client";
export { type ActionFailure, type ActionState, fieldErrorsOf, keptValues } from "./state";
