__glossarySearchShard("v/6d",{"names":[],"text":["means"]});
