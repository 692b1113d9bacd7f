package io.switchboard.eval.answer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;

/**
 * A deterministic k-fold split of a list of messages: shuffled with a fixed seed (a set's lines
 * come grouped by topic), then dealt out in turn. The same set always gives the same folds.
 */
final class Folds<T> {

    private static final long SEED = 14;

    private final List<T> items;
    private final int[] fold;
    private final int count;

    Folds(List<T> items, int count) {
        if (count < 2 || count > items.size()) {
            throw new IllegalArgumentException("cannot split " + items.size() + " messages into " + count + " folds");
        }
        this.items = List.copyOf(items);
        this.count = count;
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(SEED));
        this.fold = new int[items.size()];
        for (int position = 0; position < order.size(); position++) {
            fold[order.get(position)] = position % count;
        }
    }

    int count() {
        return count;
    }

    /** What a model is fitted on when fold {@code k} is held out. */
    List<T> training(int k) {
        return select(i -> fold[i] != k);
    }

    List<T> heldOut(int k) {
        return select(i -> fold[i] == k);
    }

    private List<T> select(IntPredicate keep) {
        List<T> selected = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (keep.test(i)) {
                selected.add(items.get(i));
            }
        }
        return selected;
    }
}
