// The single page of the local web UI (inline CSS and JS; data only via textContent).
#pragma once

#include <string>

namespace stemma {

const std::string& WebUiPage();

}  // namespace stemma
