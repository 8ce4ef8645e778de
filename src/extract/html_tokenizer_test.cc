#include "extract/html_tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "extract/html_text.h"

namespace stemma::extract {
namespace {

std::vector<std::string> Tokens(std::string_view html) {
  HtmlTokenizer tok(html);
  HtmlToken t;
  std::vector<std::string> out;
  while (tok.Next(&t)) {
    switch (t.type) {
      case TokenType::kStartTag:
        out.push_back("<" + std::string(t.name) + ">");
        break;
      case TokenType::kEndTag:
        out.push_back("</" + std::string(t.name) + ">");
        break;
      case TokenType::kText:
        out.push_back(std::string(t.text));
        break;
      case TokenType::kRawText:
        out.push_back("raw:" + std::string(t.text));
        break;
    }
  }
  return out;
}

TEST(HtmlTokenizer, TagsTextAndAttributes) {
  HtmlTokenizer tok("<DIV Class=\"a b\" id=x data-q='1>2' hidden>hi</Div>");
  HtmlToken t;
  ASSERT_TRUE(tok.Next(&t));
  EXPECT_EQ(t.type, TokenType::kStartTag);
  EXPECT_EQ(t.name, "div");
  EXPECT_EQ(FindAttr(t, "class"), "a b");
  EXPECT_EQ(FindAttr(t, "ID"), "x");
  EXPECT_EQ(FindAttr(t, "data-q"), "1>2");
  EXPECT_TRUE(HasAttr(t, "hidden"));
  EXPECT_EQ(Tokens("<DIV Class=\"a b\">hi</Div>"),
            (std::vector<std::string>{"<div>", "hi", "</div>"}));
}

TEST(HtmlTokenizer, RawTextAndComments) {
  EXPECT_EQ(Tokens("<script>if (a<b) x='</p>';</SCRIPT>t<!-- c --><style>p{}</style>"),
            (std::vector<std::string>{"<script>", "raw:if (a<b) x='</p>';", "</script>", "t",
                                      "<style>", "raw:p{}", "</style>"}));
  EXPECT_EQ(Tokens("a < b <!doctype html>c"), (std::vector<std::string>{"a < b ", "c"}));
}

TEST(HtmlText, Entities) {
  EXPECT_EQ(DecodeHtml("&AElig;&Ouml;&aacute;&mdash;&yen;&zwnj;x&#233;&#xE9;&bogus;&amp"),
            "\u00C6\u00D6\u00E1\u2014\u00A5x\u00E9\u00E9&bogus;&");
  EXPECT_EQ(DecodeHtml("  a \n\t b&nbsp; c  "), "a b c");
  EXPECT_EQ(DecodeHtml("&#0;&#xD800;&#99999999;"), "\uFFFD\uFFFD\uFFFD");
}

}  // namespace
}  // namespace stemma::extract
