#include <httplib.h>

#include <mutex>

#include "stemma/server.h"

namespace stemma {

Status Serve(Store& store, const ServeOptions& options) {
  httplib::Server server;
  std::mutex store_mutex;  // one SQLite connection: requests take turns
  server.Get(".*", [&](const httplib::Request& req, httplib::Response& res) {
    std::map<std::string, std::string> params;
    for (const auto& [key, value] : req.params) params.emplace(key, value);
    ApiResponse api;
    {
      std::lock_guard<std::mutex> lock(store_mutex);
      api = HandleApiRequest(store, req.path, params);
    }
    res.status = api.status;
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Referrer-Policy", "no-referrer");
    res.set_content(api.body, api.content_type);
  });
  if (!server.bind_to_port(options.host, options.port)) {
    return Status::Error("cannot listen on " + options.host + ":" + std::to_string(options.port));
  }
  server.listen_after_bind();
  return Status::Ok();
}

}  // namespace stemma
