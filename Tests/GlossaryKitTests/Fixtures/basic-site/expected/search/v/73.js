__glossarySearchShard("v/73",{"names":["script","second"],"text":["school","second","see","so","stripes"]});
