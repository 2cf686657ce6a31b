#include "ingest/nlp/transition_system.h"

#include <algorithm>
#include <cstdlib>
#include <utility>

namespace kg::ingest::nlp {

ArcHybrid::ArcHybrid(int words, int rootLabel)
    : n_(words < 0 ? 0 : words), rootLabel_(rootLabel), onStack_(std::size_t(n_) + 1, 0),
      head_(std::size_t(n_) + 1, -1), label_(std::size_t(n_) + 1, -1),
      left_(2 * (std::size_t(n_) + 1), -1), right_(2 * (std::size_t(n_) + 1), -1),
      leftCount_(std::size_t(n_) + 1, 0), rightCount_(std::size_t(n_) + 1, 0),
      leftLabels_(std::size_t(n_) + 1, 0), rightLabels_(std::size_t(n_) + 1, 0) {
    stack_.reserve(std::size_t(n_) + 1);
    stack_.push_back(0);
    onStack_[0] = 1;
}

bool ArcHybrid::legal(Transition t) const {
    const bool bufferEmpty = front_ > n_;
    switch (t.move) {
    case Move::Shift:
        return !bufferEmpty;
    case Move::Left:
        // s0 takes b0 as head; the root never gets a head.
        return !bufferEmpty && stack_.size() >= 2 && t.label != rootLabel_;
    case Move::Right: {
        if (stack_.size() < 2) {
            return false;
        }
        const bool toRoot = stack_[stack_.size() - 2] == 0;
        // The root takes exactly one child, the last word left, under the root label.
        if (toRoot) {
            return bufferEmpty && stack_.size() == 2 && t.label == rootLabel_;
        }
        return t.label != rootLabel_;
    }
    }
    return false;
}

void ArcHybrid::attach(int head, int dependent, int label, bool leftOfHead) {
    head_[dependent] = head;
    label_[dependent] = label;
    const std::uint64_t bit = std::uint64_t{1} << (unsigned(label) & 63U);
    if (leftOfHead) {
        // Left children arrive from the nearest outwards, so the newest is the leftmost.
        left_[2 * head + 1] = left_[2 * head];
        left_[2 * head] = dependent;
        ++leftCount_[head];
        leftLabels_[head] |= bit;
    } else {
        // Right children arrive from left to right, so the newest is the rightmost.
        right_[2 * head + 1] = right_[2 * head];
        right_[2 * head] = dependent;
        ++rightCount_[head];
        rightLabels_[head] |= bit;
    }
}

void ArcHybrid::apply(Transition t) {
    if (!legal(t)) {
        return;
    }
    switch (t.move) {
    case Move::Shift:
        stack_.push_back(front_);
        onStack_[front_] = 1;
        ++front_;
        break;
    case Move::Left: {
        const int s0 = stack_.back();
        stack_.pop_back();
        onStack_[s0] = 0;
        attach(front_, s0, t.label, true);
        break;
    }
    case Move::Right: {
        const int s0 = stack_.back();
        stack_.pop_back();
        onStack_[s0] = 0;
        attach(stack_.back(), s0, t.label, false);
        break;
    }
    }
}

int ArcHybrid::cost(Transition t, const std::vector<int>& goldHeads,
                    const std::vector<int>& goldLabels) const {
    const auto dependentsInBuffer = [&](int word) {
        int count = 0;
        for (int k = front_; k <= n_; ++k) {
            count += goldHeads[k] == word ? 1 : 0;
        }
        return count;
    };
    switch (t.move) {
    case Move::Shift: {
        const int b0 = front_;
        const int s0 = stack_.back();
        int c = 0;
        const int h = goldHeads[b0];
        // b0 can still get its head from s0 (Right) or the buffer (Left), not deeper in the stack.
        if (h != s0 && onStack_[h]) {
            ++c;
        }
        for (const int k : stack_) {
            if (k != 0 && goldHeads[k] == b0) {
                ++c;
            }
        }
        return c;
    }
    case Move::Left: {
        const int s0 = stack_.back();
        const int s1 = stack_[stack_.size() - 2];
        const int b0 = front_;
        const int h = goldHeads[s0];
        int c = dependentsInBuffer(s0);
        if (h != b0 && (h == s1 || h > b0)) {
            ++c;
        }
        if (h == b0 && goldLabels[s0] != t.label) {
            ++c;
        }
        return c;
    }
    case Move::Right: {
        const int s0 = stack_.back();
        const int s1 = stack_[stack_.size() - 2];
        const int h = goldHeads[s0];
        int c = dependentsInBuffer(s0);
        if (h != s1 && h >= front_ && front_ <= n_) {
            ++c;
        }
        if (h == s1 && goldLabels[s0] != t.label) {
            ++c;
        }
        return c;
    }
    }
    return 0;
}

namespace {

// True when `ancestor` dominates `word` (reflexively) in the tree `heads`.
bool dominates(const std::vector<int>& heads, int ancestor, int word) {
    for (std::size_t steps = 0; steps < heads.size() && word > 0; ++steps) {
        if (word == ancestor) {
            return true;
        }
        word = heads[std::size_t(word)];
    }
    return word == ancestor;
}

bool arcProjective(const std::vector<int>& heads, int dependent) {
    const int h = heads[std::size_t(dependent)];
    const int lo = h < dependent ? h : dependent;
    const int hi = h < dependent ? dependent : h;
    for (int k = lo + 1; k < hi; ++k) {
        if (!dominates(heads, h, k)) {
            return false;
        }
    }
    return true;
}

} // namespace

bool isProjective(const std::vector<int>& heads) {
    for (std::size_t d = 1; d < heads.size(); ++d) {
        if (!arcProjective(heads, int(d))) {
            return false;
        }
    }
    return true;
}

std::vector<int> projectivize(const std::vector<int>& heads) {
    std::vector<int> lifted = heads;
    // Each lift moves a word one step closer to the root, so this ends after at most n^2 lifts.
    for (;;) {
        int shortest = -1;
        int shortestLength = 0;
        for (std::size_t d = 1; d < lifted.size(); ++d) {
            const int h = lifted[d];
            if (h <= 0 || arcProjective(lifted, int(d))) {
                continue;
            }
            const int length = std::abs(h - int(d));
            if (shortest < 0 || length < shortestLength) {
                shortest = int(d);
                shortestLength = length;
            }
        }
        if (shortest < 0) {
            return lifted;
        }
        lifted[std::size_t(shortest)] = lifted[std::size_t(lifted[std::size_t(shortest)])];
    }
}

void deprojectivize(std::vector<int>& heads, std::vector<int>& labels,
                    const std::vector<LiftedLabel>& lifted) {
    const auto isLifted = [&](int label) {
        return label >= 0 && std::size_t(label) < lifted.size() &&
               lifted[std::size_t(label)].base >= 0;
    };
    const auto baseOf = [&](int label) {
        return isLifted(label) ? lifted[std::size_t(label)].base : label;
    };
    const std::size_t n = heads.size();
    const auto depthOf = [&](int word) {
        int d = 0;
        for (int w = word; w > 0 && d <= int(n); w = heads[std::size_t(w)]) {
            ++d;
        }
        return d;
    };
    std::vector<std::pair<int, int>> marked; // (depth, word): top down, then left to right
    for (std::size_t w = 1; w < n; ++w) {
        if (isLifted(labels[w])) {
            marked.emplace_back(depthOf(int(w)), int(w));
        }
    }
    if (marked.empty()) {
        return;
    }
    std::sort(marked.begin(), marked.end());
    std::vector<std::vector<int>> children(n);
    std::vector<int> queue;
    for (const auto& [depth, word] : marked) {
        const LiftedLabel how = lifted[std::size_t(labels[std::size_t(word)])];
        labels[std::size_t(word)] = how.base;
        for (auto& c : children) {
            c.clear();
        }
        for (std::size_t w = 1; w < n; ++w) {
            if (heads[w] >= 0 && std::size_t(heads[w]) < n) {
                children[std::size_t(heads[w])].push_back(int(w)); // left to right
            }
        }
        queue.assign(1, heads[std::size_t(word)]);
        for (std::size_t at = 0; at < queue.size(); ++at) {
            const int node = queue[at];
            if (at > 0 && baseOf(labels[std::size_t(node)]) == how.headLabel) {
                heads[std::size_t(word)] = node;
                break;
            }
            for (const int child : children[std::size_t(node)]) {
                if (child != word) { // the word's own subtree would make a cycle
                    queue.push_back(child);
                }
            }
        }
    }
}

} // namespace kg::ingest::nlp
