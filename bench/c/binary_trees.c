/* Reference C version of bench/programs/binary_trees.py (same algorithm, same output).
 * One malloc per node, a recursive free after each short-lived tree is checked. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define MIN_DEPTH 4
#define MAX_DEPTH 16

typedef struct Node {
    struct Node *left;
    struct Node *right;
} Node;

static Node *new_node(Node *left, Node *right) {
    Node *node = malloc(sizeof(Node));
    if (node == NULL) {
        fputs("out of memory\n", stderr);
        exit(1);
    }
    node->left = left;
    node->right = right;
    return node;
}

static Node *make_tree(int64_t depth) {
    if (depth == 0) {
        return new_node(NULL, NULL);
    }
    return new_node(make_tree(depth - 1), make_tree(depth - 1));
}

static int64_t check_tree(const Node *node) {
    if (node->left == NULL || node->right == NULL) {
        return 1;
    }
    return 1 + check_tree(node->left) + check_tree(node->right);
}

static void free_tree(Node *node) {
    if (node->left != NULL) {
        free_tree(node->left);
    }
    if (node->right != NULL) {
        free_tree(node->right);
    }
    free(node);
}

int main(void) {
    int64_t stretch_depth = MAX_DEPTH + 1;
    Node *stretch = make_tree(stretch_depth);
    printf("stretch tree of depth %lld\t check: %lld\n", (long long)stretch_depth,
           (long long)check_tree(stretch));
    free_tree(stretch);
    Node *long_lived = make_tree(MAX_DEPTH);
    for (int64_t depth = MIN_DEPTH; depth <= MAX_DEPTH; depth += 2) {
        int64_t iterations = (int64_t)1 << (MAX_DEPTH - depth);
        int64_t check = 0;
        for (int64_t i = 0; i < iterations; i++) {
            Node *tree = make_tree(depth);
            check += check_tree(tree);
            free_tree(tree);
        }
        printf("%lld\t trees of depth %lld\t check: %lld\n", (long long)iterations,
               (long long)depth, (long long)check);
    }
    printf("long lived tree of depth %d\t check: %lld\n", MAX_DEPTH,
           (long long)check_tree(long_lived));
    free_tree(long_lived);
    return 0;
}
