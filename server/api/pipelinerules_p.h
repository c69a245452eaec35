#pragma once

// Internal to PipelineRules (pipelinerules.cpp, approvalrules.cpp).

#include "core/pipelinepolicy.h"
#include "schema/rows.h"
#include "store/requesterror.h"

namespace Huike {

struct Session;

namespace PipelineRulesDetail {

// A 422 refusal with its field in the API's naming.
RequestError refusal(const QString &code, const QString &field, const QString &message);
// The shared rules' verdict as the API's answer.
void enforce(const PipelineVerdict &verdict);
// The first of `locked`'s columns the write changes is refused.
void enforce(const PipelinePolicy::Locked &locked, const Row *old, const Row &row);
bool changed(const Row *old, const Row &row, const QString &column);
// The row's id for "and not this row" (never NULL, which would hide every match).
QString selfId(const Row &row);
PipelinePolicy::Actor actor(const Session &s);

} // namespace PipelineRulesDetail

} // namespace Huike
