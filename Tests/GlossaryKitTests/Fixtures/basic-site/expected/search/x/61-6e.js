__glossarySearchShard("x/61-6e",[["an",[1]],["and","S"]]);
