#include "ingest/statement_json.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cmath>
#include <string_view>

namespace kg::ingest {

namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void field(Writer& w, std::string_view key, std::string_view value) {
    w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
    w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void key(Writer& w, std::string_view name) {
    w.Key(name.data(), static_cast<rapidjson::SizeType>(name.size()));
}

} // namespace

std::string toJsonLine(const graph::Statement& s) {
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.StartObject();
    field(w, "doc", s.doc);
    if (s.sentence >= 0) {
        key(w, "sentence");
        w.Int(s.sentence);
    }
    if (s.start >= 0 && s.end >= 0) {
        key(w, "start");
        w.Int64(s.start);
        key(w, "end");
        w.Int64(s.end);
    }
    if (!s.text.empty()) {
        field(w, "text", s.text);
    }
    field(w, "subject", s.subject);
    if (s.subjectType) {
        field(w, "subject_type", graph::entityTypeName(*s.subjectType));
    }
    field(w, "subject_text", s.subjectText);
    field(w, "relation", s.relation);
    field(w, "relation_text", s.relationText);
    key(w, "negated");
    w.Bool(s.negated);
    field(w, "object", s.object);
    if (s.objectType) {
        field(w, "object_type", graph::entityTypeName(*s.objectType));
    }
    field(w, "object_text", s.objectText);
    key(w, "args");
    w.StartArray();
    for (const graph::Argument& a : s.args) {
        w.StartObject();
        field(w, "role", a.role);
        field(w, "text", a.text);
        field(w, "value", a.value);
        w.EndObject();
    }
    w.EndArray();
    key(w, "confidence");
    // Three decimals: enough for ranking, and stable across platforms.
    w.Double(std::round(s.confidence * 1000.0) / 1000.0);
    if (!s.date.empty()) {
        field(w, "date", s.date);
    }
    if (!s.source.empty()) {
        field(w, "source", s.source);
    }
    if (!s.modality.empty()) {
        field(w, "modality", s.modality);
    }
    key(w, "asserted");
    w.Bool(s.asserted);
    w.EndObject();
    return std::string(buffer.GetString(), buffer.GetSize());
}

} // namespace kg::ingest
