// `stemma serve`: a local web UI and JSON HTTP API over a store.
#pragma once

#include <map>
#include <string>

#include "stemma/status.h"
#include "stemma/store.h"

namespace stemma {

struct ApiResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
};

// Answers one GET request (path without query string, decoded query parameters); no sockets,
// so the API is testable in-process. Routes: /, /api/stats, /api/documents, /api/documents/ID,
// /api/search?q=, /api/reuse, /api/stories, /api/claims, /report.
ApiResponse HandleApiRequest(Store& store, const std::string& path,
                             const std::map<std::string, std::string>& params);

struct ServeOptions {
  std::string host = "127.0.0.1";  // loopback only unless the user says otherwise
  int port = 8470;
};

// Serves until the process is interrupted; not-ok when the address cannot be bound.
Status Serve(Store& store, const ServeOptions& options);

}  // namespace stemma
