__glossarySearchShard("v/75",{"names":[],"text":["under","une"]});
