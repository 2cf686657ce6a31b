#pragma once
// The arc-hybrid transition system (Kuhlmann et al. 2011) with the root at the bottom of the
// stack, its dynamic oracle (Goldberg & Nivre 2013) and pseudo-projective lifting of gold trees.
// Any sequence of legal moves ends in a single-rooted tree without cycles; all operations are O(1)
// except the oracle costs, which are O(n).

#include <cstdint>
#include <vector>

namespace kg::ingest::nlp {

enum class Move : std::uint8_t { Shift, Left, Right };

/// A move with its label index; classes number moves densely: Shift = 0, Left l = 1 + 2l,
/// Right l = 2 + 2l.
struct Transition {
    Move move = Move::Shift;
    int label = 0;
    int toClass() const {
        return move == Move::Shift ? 0 : (move == Move::Left ? 1 : 2) + 2 * label;
    }
    static Transition fromClass(int c) {
        if (c == 0) {
            return {Move::Shift, 0};
        }
        return {(c % 2 == 1) ? Move::Left : Move::Right, (c - 1) / 2};
    }
};

/// Parser configuration over words 1..n (0 is the artificial root, always at the stack bottom).
/// The buffer is the contiguous range front..n. `rootLabel` is the only label allowed on the arc
/// from the root, and only there; the root gets its single child when the buffer is empty.
/// Example: `ArcHybrid s(n, rootLabel); while (!s.terminal()) s.apply(pick(s));`
class ArcHybrid {
public:
    ArcHybrid(int words, int rootLabel);

    int words() const { return n_; }
    bool terminal() const { return front_ > n_ && stack_.size() == 1; }
    bool legal(Transition t) const;

    /// Applies a legal transition; illegal ones are ignored (callers check `legal` first).
    void apply(Transition t);

    /// Stack position from the top (0 = s0); -1 when absent. Includes the root (0) at the bottom.
    int stack(std::size_t fromTop) const {
        return fromTop < stack_.size() ? stack_[stack_.size() - 1 - fromTop] : -1;
    }
    std::size_t stackSize() const { return stack_.size(); }
    /// Buffer position (0 = b0); -1 when past the end.
    int buffer(int offset) const { return front_ + offset <= n_ ? front_ + offset : -1; }

    int head(int word) const { return head_[word]; }
    int label(int word) const { return label_[word]; }
    /// Children for features: the `k`th leftmost (k = 0, 1) and rightmost child, -1 when absent.
    int leftChild(int word, int k) const { return left_[2 * word + k]; }
    int rightChild(int word, int k) const { return right_[2 * word + k]; }
    int leftCount(int word) const { return leftCount_[word]; }
    int rightCount(int word) const { return rightCount_[word]; }
    /// Bit set of the labels (mod 64) of the word's left / right children.
    std::uint64_t leftLabels(int word) const { return leftLabels_[word]; }
    std::uint64_t rightLabels(int word) const { return rightLabels_[word]; }

    /// Dynamic-oracle cost of `t`: how many gold arcs (with labels) become unreachable.
    /// `goldHeads`/`goldLabels` are indexed 0..n (entry 0 unused) and must form a projective tree.
    int cost(Transition t, const std::vector<int>& goldHeads,
             const std::vector<int>& goldLabels) const;

private:
    void attach(int head, int dependent, int label, bool leftOfHead);

    int n_;
    int rootLabel_;
    int front_ = 1;
    std::vector<int> stack_;
    std::vector<char> onStack_;
    std::vector<int> head_, label_, left_, right_, leftCount_, rightCount_;
    std::vector<std::uint64_t> leftLabels_, rightLabels_;
};

/// Lifts non-projective arcs (shortest first) to the grandparent until the tree is projective.
/// `heads` is indexed 0..n with heads[0] unused and must be a tree. Returns the lifted heads.
/// Example: `projectivize({0, 3, 0, 2, 1})` == {0, 2, 0, 2, 2} (words 1 and 4 lifted).
std::vector<int> projectivize(const std::vector<int>& heads);

/// True when no arc of the tree (heads indexed 0..n) crosses another or the root arc.
bool isProjective(const std::vector<int>& heads);

/// Pseudo-projective encoding (Nivre & Nilsson 2005, "head" scheme): a word lifted by
/// `projectivize` may carry a label that also names the label of the head it was lifted from.
/// `base` is the word's own label id, `headLabel` that of its original head; base < 0 marks an
/// ordinary label.
struct LiftedLabel {
    int base = -1;
    int headLabel = -1;
};

/// Undoes the lifts a parser marked: every word whose label is a lifted one (`lifted[label]`)
/// gets its own label back and moves down to the first word labelled `headLabel` found breadth
/// first (nearest depth, then left to right) below its present head, outside its own subtree; it
/// stays where it is when there is none. Marked words are restored from the top of the tree down.
/// `heads` and `labels` are indexed 0..n (entry 0 unused) and must form a tree; it stays one.
/// Example: heads {0, 0, 1, 1, 3}, labels {-, root, obj^xcomp, xcomp, ...} with word 2 marked
/// moves word 2 under word 3 (the `xcomp`) and labels it `obj`.
void deprojectivize(std::vector<int>& heads, std::vector<int>& labels,
                    const std::vector<LiftedLabel>& lifted);

} // namespace kg::ingest::nlp
