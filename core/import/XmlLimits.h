#pragma once

namespace nap {

// What any NAP Desk content.xml or sheet stays far below; a hostile file is stopped early.
struct XmlLimits
{
    int maxDepth = 64;
    int maxTextLength = 1024 * 1024; // one text node or attribute value, in characters
    int maxNameLength = 256;
    int maxAttributes = 64; // on one element
};

} // namespace nap
